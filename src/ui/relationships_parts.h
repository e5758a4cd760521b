// The pieces of the Relationships tab shared between its files: tab_relationships.cpp (the
// list, the group of companies, the layout) and relationships_form.cpp (the add / edit form
// with its company search).
#pragma once

#include <string>

#include "model/relationships.h"
#include "model/store.h"
#include "ui/ui_state.h"

namespace card {

// "Supplier to", "Subsidiary of"...: the reading as words of the current language (the same
// rows RelationLabel of ui/widgets.cpp uses).
const char* ReadingLabel(RelationReading reading);
// A client's display name: its name, "(no name)" or "(missing client)".
const char* CompanyName(const Store& store, const std::string& id);

// Opens the form for a new link (`link` null) or for editing `link`, seen from `c`.
void OpenRelationshipForm(RelationshipsUi& ru, const Client& c, const Relationship* link);
void CloseRelationshipForm(RelationshipsUi& ru);
// Draws the open form under the list; Save writes the link when CheckLink allows it.
void DrawRelationshipForm(Store& store, UiState& ui, const Client& c);

// A company search over the client list's folded keys (name, legal name, INN), run only
// when `query` or the clients change. At most kMaxResults ids are kept, by name.
constexpr size_t kMaxCompanyResults = 8;
void UpdateCompanySearch(const Store& store, UiState& ui, const std::string& query);

// The cycle of a LinkCheck as "A › B › C › A" with the companies' names.
std::string ChainText(const Store& store, const LinkCheck& check);

}  // namespace card
