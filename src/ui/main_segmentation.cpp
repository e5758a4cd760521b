// Segmentation of the client (Main tab, left half): segment, industry, size, source,
// status, tags.
#include "imgui.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void DrawSegmentationSection(Store&, UiState&, const Client&, bool) {}

}  // namespace card
