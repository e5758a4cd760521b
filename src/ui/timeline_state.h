// UiState of the timeline (timeline.cpp).
#pragma once

#include <string>

#include "ui/timeline_index.h"

namespace card {

struct TimelineUi {
    TimelineFilter filter;  // kept when another client is opened, like a view setting
    TimelineIndex index;    // the list as shown (ui/timeline_index.h)
    std::string shown_client_id;  // the client the list was last drawn for (scroll to top on change)
    std::string selected_id;      // the row last clicked (highlighted)
    std::string menu_id;          // the row whose context menu is open
};

}  // namespace card
