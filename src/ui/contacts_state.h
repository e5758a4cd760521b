// UiState of the contact persons section (main_contacts.cpp), and of the two link-related
// parts of the requisites section (main_requisites.cpp): "same as legal" and the cached
// tel:/mailto:/https links of the client's phones, e-mails and website.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/entities.h"
#include "model/requisites.h"

namespace card {

// A phone or e-mail as the contacts list draws it: the text, its URL ("" when the value is
// not a valid number or address: then it is drawn plain, in the warning colour, with the
// reason in a tooltip).
struct ContactLinkItem {
    std::string text, url;
    bool phone = true;
    CheckReason reason = CheckReason::Ok;
};

// The card's contacts in display order (primary first, then by name) with their links,
// rebuilt only when the contacts collection, the store or the client changes.
struct ContactRowsCache {
    std::string client_id;
    const void* collection = nullptr;
    uint64_t version = ~uint64_t{0};
    std::vector<uint32_t> order;        // positions into store.contacts.All()
    std::vector<uint32_t> links_begin;  // per row: its first item in `links`; one extra at the end
    std::vector<ContactLinkItem> links;
    uint64_t built = 0;                 // how many times it was rebuilt (tests)
};

// A problem of a phone or e-mail typed in the contact editor (shown under the field).
struct ContactDraftProblem {
    bool phone = true;
    std::string value;
    CheckReason reason = CheckReason::Ok;
};

// "Same as legal" of the actual address. Derived when a client is opened (checked when
// the actual address equals a non-empty legal address), then the user's choice.
struct SameAsLegalUi {
    std::string client_id;
    bool checked = false;
};

// The client's phones, e-mails and website as links (main_requisites.cpp): only valid
// values get a link. Rebuilt when the client record changes.
struct RequisiteLinksCache {
    std::string client_id;
    const void* record = nullptr;
    uint64_t version = ~uint64_t{0};
    std::vector<ContactLinkItem> phones, emails;
    std::string website_url;  // "" when there is no valid website
};

// A contact editor left open when another client was opened: kept for that client, and
// reopened as it was when the user comes back to it (nothing typed is lost).
struct ParkedContactDraft {
    std::string editing_id;
    bool editing_new = false;
    Contact draft;
    std::string phones_text, emails_text;
};

struct ContactsUi {
    // The client this state belongs to: opening another client closes the editor and
    // forgets the undo.
    std::string client_id;

    // The editor: a draft of one contact, written to the store on Save.
    std::string editing_id;  // the contact whose editor is open, "" = none
    bool editing_new = false;
    Contact draft;
    std::string phones_text, emails_text;  // the draft's lists, one per line, as typed
    std::vector<ContactDraftProblem> draft_problems;
    std::vector<std::string> role_suggestions;  // roles already used, most used first
    bool focus_name = false;   // put the keyboard in the editor's name field once
    bool role_active = false;  // the role field was being typed in (last frame)

    // Open editors of other clients, by client id (see ParkedContactDraft).
    std::unordered_map<std::string, ParkedContactDraft> parked;

    // The last removed contact, for Undo (until the next removal, a client switch or
    // dismissal).
    bool has_undo = false;
    Contact removed;

    ContactRowsCache rows;
    SameAsLegalUi same_as_legal;
    RequisiteLinksCache requisite_links;
};

}  // namespace card
