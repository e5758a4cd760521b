// New activities, the activity editor and attachments (see activity_editor.h).
#include "ui/activity_editor.h"

#include "imgui.h"
#include "ui/i18n.h"

namespace card {

void DrawNewActivityButtons(Store&, UiState&, const Client&, bool) {}
void OpenActivityEditor(UiState& ui, const Interaction&) { ui.activity.open = true; }
void DrawActivityEditor(Store&, UiState&, const Client&, bool) {}

}  // namespace card
