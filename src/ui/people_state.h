// UiState of the responsibles section, the employee directory and the current user
// (main_responsibles.cpp, employee_directory.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model/entities.h"
#include "model/requisites.h"

namespace card {

// The employees in name order with what the lists show and search, rebuilt only when the
// employees collection changes (its Version(), and the vector it lives in).
struct EmployeeIndex {
    std::vector<uint32_t> sorted;        // positions into store.employees.All(), by folded name
    std::string text;                    // folded name, position, department, phone, e-mail
    std::vector<uint32_t> offsets;       // by position: [offsets[i], offsets[i + 1]) in `text`
    std::vector<CheckReason> phone;      // by position: ValidatePhone of the phone
    std::vector<CheckReason> email;      // by position: ValidateEmail of the e-mail
    uint64_t built_version = ~uint64_t{0};
    const void* built_data = nullptr;
    size_t built_count = 0;
    uint64_t generation = 0;             // bumped by every rebuild
};

// One filtered view of the index: the positions whose folded text contains the folded filter.
struct EmployeeFilter {
    std::string text;                    // what the user typed
    std::vector<uint32_t> visible;
    std::string built_text;
    uint64_t built_generation = ~uint64_t{0};
    std::string folded;                  // reused buffer
};

// Where an employee is still referenced: removing them would leave dangling ids.
struct EmployeeUsage {
    size_t clients = 0;       // as a responsible of a client
    size_t interactions = 0;  // as the owner of an interaction
    size_t interests = 0;     // as the responsible of an interest
    size_t Total() const { return clients + interactions + interests; }
};

struct PeopleUi {
    // ---- The directory window
    bool directory_open = false;
    bool directory_appearing = false;  // centre, size and focus it on the next draw
    EmployeeIndex index;
    EmployeeFilter directory_filter;
    std::string selected_id;           // the employee whose fields are shown, "" = none
    bool adding = false;               // the form holds a new employee (`draft`), not yet saved
    Employee draft;
    bool focus_name = false;           // put the keyboard in the Name field when drawn
    bool name_blank = false;           // the Name field being typed in is empty (not written)
    bool draft_name_missing = false;   // Save was pressed with an empty name
    CheckReason draft_phone_reason = CheckReason::Empty;  // of the draft, checked as typed
    CheckReason draft_email_reason = CheckReason::Empty;
    std::string confirm_remove_id;     // "Yes, remove" is showing for this employee
    std::string blocked_id;            // the employee whose removal was refused, with why
    EmployeeUsage blocked_usage;

    // ---- The responsibles section
    EmployeeFilter picker_filter;      // the "Add responsible" popup's list
    ResponsibleRole new_role = ResponsibleRole::SalesManager;
    // The last removal, for Undo (only while the same client is on screen).
    std::string undo_client_id;
    size_t undo_index = 0;
    Responsible undo_responsible;
    bool undo_available = false;

    // ---- The current user (CurrentUserId / SetCurrentUserId)
    bool current_user_loaded = false;
    std::string current_user_id;
};

// The role in the current language (main_responsibles.cpp).
const char* ResponsibleRoleLabel(ResponsibleRole role);
// A short form for the card header ("Sales", "Service").
const char* ResponsibleRoleShortLabel(ResponsibleRole role);

// Shared by main_responsibles.cpp and employee_directory.cpp (defined in the latter).
template <class T>
class Collection;
struct Store;
// Rebuilds `index` when the employees changed since it was built (a no-op otherwise).
void UpdateEmployeeIndex(const Collection<Employee>& employees, EmployeeIndex& index);
// Brings `filter.visible` up to date with the index and `filter.text` (a no-op otherwise).
void UpdateEmployeeFilter(const EmployeeIndex& index, EmployeeFilter& filter);
// Where the employee is referenced (one pass over clients, interactions and interests).
EmployeeUsage CountEmployeeUsage(const Store& store, const std::string& employee_id);

}  // namespace card
