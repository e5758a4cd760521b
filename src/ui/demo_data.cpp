// "Load demo data" (issue 5): the File menu item and the start screen's button.
#include "ui/app.h"
#include "ui/panels.h"

namespace card {

void DrawDemoDataMenuItem(App& app) { (void)app; }
void DrawDemoDataStartButton(UiState& ui, bool read_only) {
    (void)ui;
    (void)read_only;
}

}  // namespace card
