// The headless ImGui harness of the native UI tests (as in imgui's example_null: a context
// with a display size and a built font atlas, no renderer). Frames go through the same
// test-engine hooks as the web build, so tests find widgets by visible label
// (automation::Locate) and click and type with queued mouse and keyboard events, like the
// browser tests. Labels are the English text before "###".
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/test_hooks.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/style.h"

namespace card::test {

// Every test starts in English, whatever the previous one left, and leaves English behind.
struct EnglishUi {
    EnglishUi() { SetCurrentLanguage(Lang::En); }
    ~EnglishUi() { SetCurrentLanguage(Lang::En); }
};

class UiHarness {
public:
    UiHarness() {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        ApplyStyle(1.0f);
        automation::Enable(ctx_);
    }
    ~UiHarness() { ImGui::DestroyContext(ctx_); }
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    void Frame(App& app, int n = 1) {
        for (int i = 0; i < n; ++i) {
            automation::BeginFrame();
            ImGui::NewFrame();
            app.Frame();
            ImGui::Render();
            automation::EndFrame();
        }
    }

    static bool Has(const char* label) {
        automation::Rect r;
        return automation::Locate(label, r);
    }

    // A left click in the middle of the widget labelled `label` (drawn in the last frame).
    void Click(App& app, const char* label) {
        automation::Rect r;
        REQUIRE_MESSAGE(automation::Locate(label, r), "no widget labelled ", std::string(label));
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r.x + r.w * 0.5f, r.y + r.h * 0.5f);
        Frame(app);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        Frame(app);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        Frame(app, 3);
    }

    void Type(App& app, const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        Frame(app, 2);
    }

    void Key(App& app, ImGuiKey key) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(key, true);
        Frame(app);
        io.AddKeyEvent(key, false);
        Frame(app);
    }

    static ImGuiID ActiveId() { return ImGui::GetCurrentContext()->ActiveId; }

private:
    ImGuiContext* ctx_ = nullptr;
};

}  // namespace card::test
