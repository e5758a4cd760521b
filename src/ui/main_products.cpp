// Software products and 1C infobases of the client (Main tab, left half).
#include "imgui.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void DrawProductsSection(Store&, UiState&, const Client&, bool) {}

}  // namespace card
