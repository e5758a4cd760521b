// The entities of the interchange format v1 (docs/FORMAT.md), one struct each.
// Field names follow the format. `extra_json` keeps the unknown fields of a record as a
// JSON object text ("" when none) so that they survive a round trip without the model
// depending on a JSON library.
#pragma once

#include <string>
#include <vector>

#include "model/types.h"

namespace card {

struct Employee {
    std::string id, name, position, department, phone, email;
    std::string extra_json;
};

struct Responsible {
    std::string employee_id;
    ResponsibleRole role = ResponsibleRole::Other;
    std::string extra_json;
};

struct Product {
    std::string name, version;
    int64_t licenses = 0;
    std::string notes;
    std::string extra_json;
};

struct Infobase {
    std::string name, configuration, version;
    bool needs_update = false;
    Date updated_on;
    std::string notes;
    std::string extra_json;
};

struct Client {
    std::string id;
    std::string name;  // short display name, required
    std::string legal_name;
    ClientKind kind = ClientKind::LegalEntity;
    std::string inn, kpp, ogrn, legal_address, actual_address;
    std::vector<std::string> phones, emails;
    std::string website, segment, industry, size, source;
    ClientStatus status = ClientStatus::Active;
    std::vector<std::string> tags;
    std::string notes;
    Moment created_at;
    std::vector<Responsible> responsibles;
    std::vector<Product> products;
    std::vector<Infobase> infobases;
    std::string extra_json;
};

struct Contact {
    std::string id, client_id, name, position, role;
    std::vector<std::string> phones, emails;
    bool primary = false;
    std::string notes;
    std::string extra_json;
};

struct Attachment {
    std::string name, mime;
    int64_t size = 0;   // bytes of the decoded file
    std::string data;   // base64 of the file's bytes, as in the format
    std::string extra_json;
};

struct Interaction {
    std::string id, client_id;
    std::string contact_id;   // optional: "" when none
    std::string interest_id;  // optional: "" when none
    InteractionType type = InteractionType::Note;
    Direction direction = Direction::None;
    std::string subject, body;
    std::string result;       // the outcome of a done call or meeting, "" = none
    Moment at;
    int64_t duration_min = 0;
    InteractionStatus status = InteractionStatus::Done;
    std::string owner_id;     // optional: "" when none
    std::vector<Attachment> attachments;
    std::string extra_json;
};

struct Interest {
    std::string id, client_id, title, project;
    std::string responsible_id;  // optional: "" when none
    InterestState state = InterestState::New;
    Money expected_revenue;
    int64_t probability = 0;  // 0..100
    Date opened_on, close_on;
    std::string notes;
    std::string close_reason;  // why it was won or lost, as given when closing; "" = none
    std::string extra_json;
};

struct Relationship {
    std::string id, from_client_id, to_client_id;
    RelationshipKind kind = RelationshipKind::Partner;
    std::string note;
    std::string extra_json;
};

struct Contract {
    std::string id, client_id;
    ContractKind kind = ContractKind::Contract;
    std::string number, title;
    Date signed_on, valid_from, valid_to;  // empty valid_to: open-ended
    ContractStatus status = ContractStatus::Draft;
    bool has_amount = false;
    Money amount;
    std::string terms;
    std::string extra_json;
};

// One recorded change of a client's data (the "history" extension of the format,
// docs/FORMAT.md): who changed what, when, and the old and new value as the user reads
// them. Written by io/history.h from the edit journal; never journalled itself. Entries
// are kept when their client is removed (an audit log).
struct HistoryEntry {
    std::string id, client_id;
    Moment at;
    std::string author_id;  // the employee who made the change, "" = unknown
    std::string author;     // the employee's name at the time ("" = unknown)
    std::string entity;     // "client", "contact", "contract" or "interest"
    std::string record_id;  // the changed record's id
    std::string record;     // its display name at the time (contact name, contract number, ...)
    std::string action;     // "created", "changed" or "removed"
    std::string field;      // the format's field name for "changed", else ""
    std::string old_value, new_value;  // "old" / "new" in the format: text as shown
    std::string origin = "edit";       // "edit", "undo" or "redo"
    std::string extra_json;
};

// A contract is in force on day D when it is active and valid_from <= D <= valid_to
// (an empty valid_from has no lower bound, an empty valid_to is open-ended).
bool InForce(const Contract& c, Date day);

}  // namespace card
