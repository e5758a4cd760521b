// UiState of the responsibles section, the employee directory and the current user
// (main_responsibles.cpp, employee_directory.cpp).
#pragma once

#include <string>

namespace card {

struct PeopleUi {
    bool directory_open = false;
    bool current_user_loaded = false;
    std::string current_user_id;
};

}  // namespace card
