// The Main tab is made of sections, one file each; tab_main.cpp lays them out: the
// contract banner on top, then two halves: the client (left) and the timeline (right).
// Each section draws from the store and the UiState it is given and writes edits through
// the store (Upsert/Remove), which records them for autosave.
#pragma once

#include <string>

#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// Left half, in this order.
void DrawRequisitesSection(Store& store, UiState& ui, const Client& c, bool read_only);    // main_requisites.cpp
void DrawContactsSection(Store& store, UiState& ui, const Client& c, bool read_only);      // main_contacts.cpp
void DrawSegmentationSection(Store& store, UiState& ui, const Client& c, bool read_only);  // main_segmentation.cpp
void DrawCurrentContractSection(const Store& store, UiState& ui, const Client& c);         // main_contract.cpp
void DrawProductsSection(Store& store, UiState& ui, const Client& c, bool read_only);      // main_products.cpp
void DrawResponsiblesSection(Store& store, UiState& ui, const Client& c, bool read_only);  // main_responsibles.cpp

// Above both halves: the red "no contract in force" bar, or "expires in N days".
void DrawContractBanner(const Store& store, UiState& ui, const Client& c);  // main_contract.cpp

// Right half: the timeline with its new-activity buttons and the activity editor.
void DrawTimeline(Store& store, UiState& ui, const Client& c, bool read_only);  // timeline.cpp

// Outside the card: the employee directory window (menu Employees), drawn every frame
// by App::Frame (nothing when closed), and the current user (menu Employees > I am).
void OpenEmployeeDirectory(UiState& ui);                                // employee_directory.cpp
void DrawEmployeeDirectory(Store& store, UiState& ui, bool read_only);  // employee_directory.cpp
void DrawCurrentUserMenu(const Store& store, UiState& ui);              // employee_directory.cpp
// The employee the user said they are ("" = not chosen): loaded once from the per-browser
// setting "current_user" (platform::GetSetting), the default owner of new activities.
const std::string& CurrentUserId(UiState& ui);               // employee_directory.cpp
void SetCurrentUserId(UiState& ui, const std::string& employee_id);  // employee_directory.cpp

}  // namespace card
