// UiState of the Relationships tab (tab_relationships.cpp): the add-link search, the group view.
#pragma once

#include <string>

namespace card {

struct RelationshipsUi {
};

}  // namespace card
