// Issue 6: what loading the stored data found (AppEnv::load, a LoadReport), under the menu
// bar (panels.h):
//  - the newest save was unreadable and the previous one was loaded: a yellow notice that
//    names the damaged file and how it was damaged, when the loaded save was made and what
//    it holds, that later changes may be lost, with Export and Dismiss;
//  - both saves unreadable: a red banner (nothing was deleted, nothing is saved over it)
//    with Import a backup…, Download the damaged files and Start over… (confirmed);
//  - the data was made by a newer version: a red banner; the app never saves over it, and
//    replacing it takes a confirmation with a strong warning;
//  - data imported or typed while the stored data is unreadable: not saved until the user
//    confirms that it replaces the unreadable files (HostRequests::start_over; the host
//    then calls Persister::StartOver and the next save writes a full generation).
#include <algorithm>
#include <string>

#include "imgui.h"
#include "io/file_system.h"
#include "io/storage.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/commands.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

namespace {

std::string DamageText(const LoadProblem& p) {
    Str fmt = Str::RcDamageInconsistent;
    switch (p.kind) {
        case Damage::Missing: fmt = Str::RcDamageMissing; break;
        case Damage::ReadError: fmt = Str::RcDamageReadError; break;
        case Damage::Truncated: fmt = Str::RcDamageTruncated; break;
        case Damage::Checksum: fmt = Str::RcDamageChecksum; break;
        case Damage::NotJson: fmt = Str::RcDamageNotJson; break;
        case Damage::NewerLayout: fmt = Str::RcDamageNewer; break;
        case Damage::None:
        case Damage::Inconsistent: break;
    }
    return FormatString(Tr(fmt), p.file.c_str());
}

// "2026-11-20 12:15" / "20.11.2026 12:15" in the browser's time zone.
std::string LocalDateTime(const Moment& m) {
    Moment local = m;
    local.offset_min = platform::Now().offset_min;
    char date[32];
    FormatDate(local.LocalDate(), date, sizeof date);
    const int64_t ms = local.utc_ms + static_cast<int64_t>(local.offset_min) * 60000;
    int64_t minute_of_day = (ms / 60000) % (24 * 60);
    if (minute_of_day < 0) minute_of_day += 24 * 60;
    return FormatString("%s %02d:%02d", date, static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60));
}

std::string Counted(size_t n, Str one, Str few, Str many) {
    return FormatString(TrPlural(static_cast<int64_t>(n), one, few, many), static_cast<int>(n));
}

std::string DownloadName() {
    return "client-card-stored-files-" + platform::Now().LocalDate().Format() + ".json";
}

void DownloadStoredFiles(App& app) {
    StdFileSystem fs;
    std::string bundle, error;
    size_t count = 0;
    if (!BundleStorageFolder(fs, app.env.load.dir, bundle, error, &count)) {
        app.env.recovery.download_note = FormatString(Tr(Str::RcDownloadFailedFmt), error.c_str());
        return;
    }
    const std::string name = DownloadName();
    platform::DownloadFile(name, "application/json", bundle);
    app.env.recovery.download_note = FormatString(Tr(Str::RcDownloadedFmt), name.c_str(), static_cast<int>(count));
}

// A yellow notice with "Export a backup" (exports at once) and Dismiss: true when dismissed.
bool ExportOrDismiss(App& app, const char* id, const std::string& text) {
    ImGui::PushID(id);
    const int pressed = BannerBarButtons(colors::kWarningBg, text.c_str(), {Tr(Str::RcExport), Tr(Str::Dismiss)});
    ImGui::PopID();
    if (pressed == 0) ExportAllToDownload(app);
    return pressed == 1;
}

void DrawRecovered(App& app) {
    const LoadReport& load = app.env.load;
    const std::string damage = DamageText(load.newest);
    const std::string clients = Counted(load.clients, Str::RcClientsOne, Str::RcClientsFew, Str::RcClientsMany);
    const std::string records = Counted(load.records, Str::RcRecordsOne, Str::RcRecordsFew, Str::RcRecordsMany);
    const std::string text =
        load.saved_at.empty()
            ? FormatString(Tr(Str::RcRecoveredNoTimeFmt), damage.c_str(), clients.c_str(), records.c_str())
            : FormatString(Tr(Str::RcRecoveredFmt), damage.c_str(), LocalDateTime(load.saved_at).c_str(),
                           clients.c_str(), records.c_str());
    if (ExportOrDismiss(app, "recovery_notice", text)) app.env.recovery.dismissed = true;
}

void DrawRestoredCopy(App& app) {
    const LoadReport& load = app.env.load;
    const std::string clients = Counted(load.clients, Str::RcClientsOne, Str::RcClientsFew, Str::RcClientsMany);
    const std::string records = Counted(load.records, Str::RcRecordsOne, Str::RcRecordsFew, Str::RcRecordsMany);
    const std::string text = FormatString(Tr(Str::RcRestoredCopyFmt), clients.c_str(), records.c_str());
    if (ExportOrDismiss(app, "restored_copy_notice", text)) app.env.recovery.restored_from_copy = false;
}

void DrawUnreadable(App& app) {
    const LoadReport& load = app.env.load;
    RecoveryEnv& rec = app.env.recovery;
    const bool newer = load.newer_layout != 0;
    // Something imported or typed since: it waits for the user's word to replace the files.
    const bool unsaved = app.store.HasChanges();
    std::string text;
    if (unsaved) {
        text = Tr(newer ? Str::RcUnsavedNewer : Str::RcUnsavedDamaged);
    } else if (newer) {
        text = FormatString(Tr(Str::RcNewerFmt), static_cast<int>(load.newer_layout),
                            static_cast<int>(Manifest::kLayoutVersion));
    } else if (load.newest.kind != Damage::None) {
        text = FormatString(Tr(Str::RcUnreadableFmt), DamageText(load.newest).c_str(),
                            DamageText(load.previous).c_str());
    } else {
        text = load.message;  // the folder itself could not be listed
    }
    if (!rec.download_note.empty()) text += "\n" + rec.download_note;
    const char* download = Tr(newer ? Str::RcDownloadStored : Str::RcDownload);
    ImGui::PushID("recovery_error");
    int pressed = -1;
    if (app.env.read_only) {
        // Another tab is the writer: this one only keeps a copy of the files.
        if (BannerBarButtons(colors::kErrorBg, text.c_str(), {download}) == 0) DownloadStoredFiles(app);
    } else if (unsaved) {
        pressed = BannerBarButtons(colors::kErrorBg, text.c_str(),
                                   {Tr(newer ? Str::RcReplaceNewer : Str::RcReplace), download});
        if (pressed == 0) rec.confirm_open = true;
        if (pressed == 1) DownloadStoredFiles(app);
    } else if (newer) {
        pressed = BannerBarButtons(colors::kErrorBg, text.c_str(), {download, Tr(Str::RcReplaceNewer)});
        if (pressed == 0) DownloadStoredFiles(app);
        if (pressed == 1) rec.confirm_open = true;
    } else {
        pressed = BannerBarButtons(colors::kErrorBg, text.c_str(),
                                   {Tr(Str::RcImport), download, Tr(Str::RcStartOver)});
        if (pressed == 0) PickFileForImport(app.ui);
        if (pressed == 1) DownloadStoredFiles(app);
        if (pressed == 2) rec.confirm_open = true;
    }
    ImGui::PopID();
}

// Wrapped text that is also an item labelled with it (as the banners do), so that
// automation (cardApp.locate) finds the confirmation by its words.
void LabelledText(const char* text, float wrap_width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(text, nullptr, false, wrap_width);
    ImGui::InvisibleButton(text, ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    ImGui::SetCursorScreenPos(at);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
}

void DrawConfirm(App& app) {
    RecoveryEnv& rec = app.env.recovery;
    const char* title = Tr(Str::RcConfirmTitle);
    if (rec.confirm_open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    const LoadReport& load = app.env.load;
    const bool newer = load.newer_layout != 0;
    const bool unsaved = app.store.HasChanges();
    const float em = ImGui::GetFontSize();
    const float wrap = std::min(em * 32, vp->WorkSize.x * 0.8f);
    if (newer) {
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 20, 20, 255));
        LabelledText(Tr(Str::RcConfirmNewer), wrap);
        ImGui::PopStyleColor();
    } else {
        LabelledText(Tr(unsaved ? Str::RcConfirmReplace : Str::RcConfirmStartOver), wrap);
    }
    ImGui::Spacing();
    const char* yes = Tr(newer ? Str::RcConfirmNewerYes : unsaved ? Str::RcConfirmReplaceYes : Str::RcConfirmStartOverYes);
    bool close = false;
    if (ImGui::Button(yes)) {
        app.requests.start_over = true;
        close = true;
    }
    ImGui::SameLine();
    // Esc cancels: nothing is replaced without a click on the button that says so.
    if (ImGui::Button(Tr(Str::RcConfirmNo)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close = true;
    if (!rec.confirm_open || load.ok) close = true;
    if (close) {
        rec.confirm_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void DrawRecoveryBanner(App& app) {
    const LoadReport& load = app.env.load;
    if (!load.ok && !load.message.empty()) {
        DrawUnreadable(app);
    } else if (load.used_previous && !app.env.recovery.dismissed) {
        DrawRecovered(app);
    } else if (load.ok && app.env.recovery.restored_from_copy) {
        DrawRestoredCopy(app);
    }
    DrawConfirm(app);
}

}  // namespace card
