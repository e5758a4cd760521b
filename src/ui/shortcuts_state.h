// UiState of keyboard shortcuts and their help overlay (shortcuts.cpp).
#pragma once

#include <string>

namespace card {

struct ShortcutsUi {
    bool help_requested = false;          // open the help overlay on the next draw (F1, ?, Help menu)
    bool help_close_requested = false;    // F1 / ? again while it is open
    bool new_activity_requested = false;  // open the "New activity" kind chooser (Alt+I)
    // A short line at the bottom of the window ("Nothing to undo.", "Undone: ..."), shown
    // until toast_until_ms (platform::NowMs) and then dropped at the next drawn frame.
    std::string toast;
    double toast_until_ms = 0;
    // The popup on top of ImGui's popup stack when the last frame ended (0 = none): Esc
    // closes a modal only when it is still that one, so that one Esc never closes two
    // things (ImGui's navigation closes a menu or combo on Esc before the frame runs).
    unsigned last_top_popup = 0;
    // The client list moved its selection with the keyboard: its row takes ImGui's keyboard
    // focus when it is next drawn (client_list.cpp).
    bool list_nav_follow = false;
};

}  // namespace card
