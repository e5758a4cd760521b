// Our employees responsible for the client, with role and phone (Main tab, left half).
#include "imgui.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void DrawResponsiblesSection(Store&, UiState&, const Client&, bool) {}

}  // namespace card
