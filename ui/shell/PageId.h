#pragma once

#include <array>
#include <optional>

#include <QString>

namespace iam::ui {

// The app's pages in navigation order. The key is what the command line and the settings use.
enum class PageId { Learn, Build, Simulate, Scenarios, Quiz };

inline constexpr std::array kAllPages{PageId::Learn, PageId::Build, PageId::Simulate, PageId::Scenarios,
                                      PageId::Quiz};

QString pageKey(PageId page);  // "learn", "build", ...
std::optional<PageId> pageFromKey(const QString& key);
QString pageTitle(PageId page);  // "Learn", "Build", ...
QString pageIconName(PageId page);  // the icon file under :/icons
QString pageKeys();  // "learn|build|simulate|scenarios|quiz", for help and errors

}  // namespace iam::ui
