// The Main tab's right half: every interaction with the client, newest first, grouped by
// day, with the new-activity buttons on top.
#include "imgui.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void DrawTimeline(Store&, UiState&, const Client&, bool) {}

}  // namespace card
