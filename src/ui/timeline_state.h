// UiState of the timeline (timeline.cpp) and the activity editor (activity_editor.cpp).
#pragma once

#include <string>

namespace card {

struct TimelineUi {
    int unused = 0;
};

struct ActivityEditorUi {
    bool open = false;
};

}  // namespace card
