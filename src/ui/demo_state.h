// UiState of loading the demo data (demo_data.cpp).
#pragma once

#include <string>

namespace card {

struct DemoDataUi {
    // Where the demo file is read from; "" = the shipped one (demo.json beside the page in
    // the browser, assets/demo.json of the source tree natively). Tests point it elsewhere.
    std::string path;
    // Why the last "Load demo data" from the start screen failed ("" = it did not): shown
    // under the button. From the menu the reason goes to UiState::message instead.
    std::string error;
    bool fetching = false;  // the file was asked for and has not come yet (both disabled)
};

}  // namespace card
