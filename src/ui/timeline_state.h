// UiState of the timeline (timeline.cpp).
#pragma once

#include <string>

namespace card {

struct TimelineUi {
    int unused = 0;
};

}  // namespace card
