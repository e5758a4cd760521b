// Duplicate warnings and merging two clients.
#include "ui/app.h"
#include "ui/panels.h"

namespace card {

void DrawMergeDialog(App&) {}

}  // namespace card
