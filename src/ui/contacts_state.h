// UiState of the contact persons section (main_contacts.cpp).
#pragma once

#include <string>

namespace card {

struct ContactsUi {
    std::string editing_id;  // the contact whose editor is open, "" = none
};

}  // namespace card
