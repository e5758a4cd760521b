// The employee directory (menu Employees) and the current user setting.
#include "imgui.h"
#include "platform/platform.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"

namespace card {

void OpenEmployeeDirectory(UiState& ui) { ui.people.directory_open = true; }
void DrawEmployeeDirectory(Store&, UiState&, bool) {}
void DrawCurrentUserMenu(const Store&, UiState&) {}

const std::string& CurrentUserId(UiState& ui) {
    if (!ui.people.current_user_loaded) {
        ui.people.current_user_id = platform::GetSetting("current_user");
        ui.people.current_user_loaded = true;
    }
    return ui.people.current_user_id;
}

void SetCurrentUserId(UiState& ui, const std::string& employee_id) {
    ui.people.current_user_id = employee_id;
    ui.people.current_user_loaded = true;
    platform::SetSetting("current_user", employee_id);
}

}  // namespace card
