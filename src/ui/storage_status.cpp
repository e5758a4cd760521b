// Issue 6: storage full, and taking over from a tab that closed (panels.h). Under the menu
// bar, after the host's banners:
//  - storage full (quota; AppEnv::save.storage_full): a red bar that says the changes are
//    kept in this tab only, with Export a copy (what File > Export JSON does) and Try
//    again (HostRequests::retry_save); it goes away by itself once a save succeeds;
//  - a read-only tab whose writer tab closed (StorageStatusEnv::writer_gone): an amber bar
//    with Edit here (HostRequests::take_over); while the host reloads, a note; a failed
//    reload says why and offers the button again.
#include <cstdio>
#include <string>

#include "imgui.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

namespace {

void DrawStorageFull(App& app) {
    const bool retrying = app.env.storage.retrying || app.env.save.kind == SaveState::Kind::Saving;
    ImGui::PushID("storage_full");
    const int pressed = BannerBarButtons(colors::kErrorBg, Tr(Str::StorageFullBanner),
                                         {Tr(Str::StorageFullExport),
                                          Tr(retrying ? Str::StorageFullRetrying : Str::StorageFullRetry)},
                                         retrying ? 2u : 0u);
    ImGui::PopID();
    if (pressed == 0) ExportAllToDownload(app);
    if (pressed == 1) app.requests.retry_save = true;
}

void DrawTakeOver(App& app) {
    const StorageStatusEnv& st = app.env.storage;
    ImGui::PushID("take_over");
    if (st.taking_over) {
        BannerBar(colors::kInfoBg, Tr(Str::TakeOverLoading));
    } else {
        std::string text = Tr(Str::TakeOverBanner);
        if (!st.take_over_error.empty()) {
            char buf[1024];
            std::snprintf(buf, sizeof buf, Tr(Str::TakeOverFailed), st.take_over_error.c_str());
            text = buf;
        }
        if (BannerBar(colors::kWarningBg, text.c_str(), Tr(Str::TakeOverButton))) app.requests.take_over = true;
    }
    ImGui::PopID();
}

}  // namespace

void DrawStorageStatusBanners(App& app) {
    if (app.env.read_only) {
        if (app.env.storage.writer_gone) DrawTakeOver(app);
        return;  // a read-only tab never saves: no storage-full bar
    }
    if (app.env.save.storage_full) DrawStorageFull(app);
}

}  // namespace card
