// The requisites' problems as the interface shows them: the translated reason for each
// CheckReason, and the cached result of ValidateClientRequisites for the card on screen.
// The cache (UiState::requisites) is keyed by the client's id and the clients collection's
// Version(), so a card that did not change is never re-validated (nor allocates) per frame.
#pragma once

#include <cstddef>
#include <vector>

#include "model/requisites.h"
#include "model/store.h"
#include "ui/i18n.h"
#include "ui/ui_state.h"

namespace card {

// The translation key of a reason; Ok and Empty map to ReasonOk (never shown).
Str CheckReasonStr(CheckReason r);
// The visible label of a field ("INN", "OGRNIP" for a sole trader's OGRN, "Phones"...).
Str RequisiteFieldStr(RequisiteField f, ClientKind kind);

// The problems of `c` (which must be in store.clients), recomputed only when the client or
// the clients collection changed since the last call.
const std::vector<FieldProblem>& RequisiteProblems(const Store& store, UiState& ui, const Client& c);

// The length of a label's visible part (before "##"), for "%.*s".
int VisibleLength(const char* label);

}  // namespace card
