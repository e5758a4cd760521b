// Keyboard shortcuts and the help overlay listing them.
#include "ui/app.h"
#include "ui/panels.h"

namespace card {

void HandleShortcuts(App&) {}

void DrawShortcutHelp(App&) {}

}  // namespace card
