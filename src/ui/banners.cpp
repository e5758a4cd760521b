// The bars under the menu: a storage problem (red), read-only mode (amber), and one-off
// information from the host or from the interface (blue, dismissible).
#include "imgui.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawBanners(const AppEnv& env, UiState& ui) {
    if (!env.banner.empty()) BannerBar(colors::kErrorBg, env.banner.c_str());
    // Once the writer tab has closed, the take-over bar (storage_status.cpp) says it instead.
    if (env.read_only && !env.storage.writer_gone) BannerBar(colors::kWarningBg, Tr(Str::ReadOnlyBanner));
    if (!env.notice.empty() && env.notice != ui.dismissed_notice) {
        ImGui::PushID("host_notice");
        if (BannerBar(colors::kInfoBg, env.notice.c_str(), Tr(Str::Dismiss))) ui.dismissed_notice = env.notice;
        ImGui::PopID();
    }
    if (!ui.message.empty()) {
        ImGui::PushID("ui_message");
        if (BannerBar(colors::kInfoBg, ui.message.c_str(), Tr(Str::Dismiss))) ui.message.clear();
        ImGui::PopID();
    }
}

}  // namespace card
