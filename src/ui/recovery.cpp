// Issue 6: what loading the stored data found, under the menu bar (panels.h).
#include "imgui.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawRecoveryBanner(App& app) {
    const LoadReport& load = app.env.load;
    if (!load.ok && !load.message.empty()) {
        BannerBar(colors::kErrorBg, load.message.c_str());
    } else if (load.used_previous && !load.message.empty() && load.message != app.ui.dismissed_notice) {
        ImGui::PushID("recovery_notice");
        if (BannerBar(colors::kInfoBg, load.message.c_str(), Tr(Str::Dismiss))) app.ui.dismissed_notice = load.message;
        ImGui::PopID();
    }
}

}  // namespace card
