#pragma once
// Showing the core's refusals. The box is window-modal but never blocks the caller (no exec()),
// so a refused edit inside a model or an undo step cannot stall the event loop or a test.
#include <QString>

class QWidget;

namespace uplift::app {

// `title` says what failed ("Cannot open x.uplift"); `message` is the core's explanation.
void showRefusal(QWidget* parent, const QString& title, const QString& message);

// Object name of the message boxes it opens (tests look for it).
inline constexpr const char* kRefusalBoxName = "refusalBox";

}  // namespace uplift::app
