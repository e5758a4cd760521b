// The contract in force today (Main tab): the banner above both halves and the block in
// the left half.
#include "imgui.h"
#include "model/current_contract.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void DrawContractBanner(const Store&, UiState&, const Client&) {}
void DrawCurrentContractSection(const Store&, UiState&, const Client&) {}

}  // namespace card
