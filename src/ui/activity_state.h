// UiState of the activity editor and attachments (activity_editor.cpp).
#pragma once

#include <string>

namespace card {

struct ActivityEditorUi {
    bool open = false;
};

}  // namespace card
