// The name of each collection as the interface shows it (import counts and the like).
#pragma once

#include "model/store.h"
#include "ui/i18n.h"

namespace card {

inline Str CollectionLabel(CollectionId c) {
    switch (c) {
        case CollectionId::Employees: return Str::CollEmployees;
        case CollectionId::Clients: return Str::CollClients;
        case CollectionId::Contacts: return Str::CollContacts;
        case CollectionId::Interactions: return Str::CollInteractions;
        case CollectionId::Interests: return Str::CollInterests;
        case CollectionId::Relationships: return Str::CollRelationships;
        case CollectionId::Contracts: return Str::CollContracts;
        case CollectionId::History: return Str::CollHistory;
    }
    return Str::CollClients;
}

}  // namespace card
