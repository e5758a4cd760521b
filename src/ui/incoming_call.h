// The incoming-call window's commands, apart from how it is drawn (incoming_call.cpp), so
// that the tests and the automation API (cardApp.lookupPhone, incoming_api.cpp) run the
// same code as the buttons.
#pragma once

#include <string>
#include <string_view>

#include "model/phone_index.h"
#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// The button and F2: opens the window with an empty number field and the keyboard in it
// (when it is open already: focuses it and its number field, keeping the number).
void OpenIncomingCall(UiState& ui);
void CloseIncomingCall(UiState& ui);

// Brings ui.incoming's index and lookup up to date with the store and the number typed
// (a no-op when neither changed).
void UpdateIncomingLookup(const Store& store, UiState& ui);

// A recognised number written the usual way: "+7 495 123-45-67", with " доб. 12" /
// " ext. 12" (the interface language) for an extension; any other country as E.164.
// Text NormalizePhone does not accept comes back trimmed, as it was typed.
std::string FormatPhoneNumber(std::string_view text);

// "Log call": an incoming call (done, now, owned by the current user) from the match's
// contact (none for the client's own number) on the match's client, with the subject
// "Incoming call from <number>" (`number`: what was typed, else the matched number).
// Selects the client on the Main tab with the call highlighted on its timeline and closes
// the window. Returns the new interaction's id; "" when refused (read-only, no client).
std::string LogIncomingCall(Store& store, UiState& ui, const PhoneMatch& match, std::string_view number,
                            bool read_only);
// "Open card": selects the client on the Main tab and closes the window.
void OpenCardFromCall(UiState& ui, const std::string& client_id);
// "New client with this number": a new client (as the New client command makes it) with
// the number among its phones, its card open with the Name field focused. "" when refused.
std::string NewClientWithNumber(Store& store, UiState& ui, std::string_view number, bool read_only);
// "Add to an existing client": appends the number to the client's phones (unless one of
// them is that number already). False when refused (read-only, no such client, no number).
bool AddNumberToClient(Store& store, UiState& ui, const std::string& client_id, std::string_view number,
                       bool read_only);

// cardApp.lookupPhone(text): the matches as a JSON array, best first (README, Automation API).
std::string LookupPhoneJson(const Store& store, UiState& ui, std::string_view text);

}  // namespace card
