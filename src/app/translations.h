#pragma once
// Installs the application's and Qt's own translations for a locale.
#include <QLocale>

class QCoreApplication;

namespace uplift::app {

// Returns true when Uplift's own translation for the locale was found (English needs none).
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

}  // namespace uplift::app
