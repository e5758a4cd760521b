// Issue 6: a gentle reminder to export when the last export is more than a week old (panels.h).
#include "ui/app.h"
#include "ui/panels.h"

namespace card {

void DrawBackupReminder(App&) {}

}  // namespace card
