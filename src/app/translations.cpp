#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace uplift::app {

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    // Ours are compiled into the binary (qt_add_translations, prefix /i18n).
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("uplift"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

}  // namespace uplift::app
