// The incoming-call lookup (issue 5): the toolbar button and the window.
#include "ui/app.h"
#include "ui/panels.h"

namespace card {

void DrawIncomingCallButton(App& app) { (void)app; }
void DrawIncomingCallWindow(App& app) { (void)app; }

}  // namespace card
