// uplift [FILE] [--user NAME] [--today YYYY-MM-DD] [--section NAME]: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <optional>
#include <utility>

#include "calendar/calendar.h"
#include "main_window.h"
#include "recent_files.h"
#include "text_conversions.h"
#include "translations.h"

int main(int argc, char* argv[]) {
    using namespace uplift::app;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Uplift"));
    QApplication::setApplicationName(QStringLiteral("Uplift"));
    QApplication::setApplicationVersion(QStringLiteral(UPLIFT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uplift.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Uplift trade-promotion management."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "The Uplift file to open (default: the most recent)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate("main",
                                "The acting user (default: admin; in a rep file, its rep)."),
        QStringLiteral("NAME"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QApplication::translate("main", "The business date (default: the system date)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QApplication::translate("main",
                                "The section to show: promotions, funds, products, accounts, "
                                "prices, imports or users (default: the last one shown)."),
        QStringLiteral("NAME"));
    parser.addOption(userOption);
    parser.addOption(todayOption);
    parser.addOption(sectionOption);
    parser.process(app);

    SessionOptions options;
    options.userName = parser.value(userOption);
    if (parser.isSet(todayOption)) {
        // The core's parser, so the GUI accepts exactly what the CLI accepts.
        const auto date = uplift::try_parse_date(utf8(parser.value(todayOption)));
        if (!date) {
            const QString message =
                QApplication::translate("main", "uplift: --today: '%1' is not a date (YYYY-MM-DD)")
                    .arg(parser.value(todayOption));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
        options.today = toQDate(*date);
    }

    // Section names as typed on the command line.
    const std::pair<const char*, Section> sections[] = {
        {"promotions", Section::Promotions}, {"funds", Section::Funds},
        {"products", Section::Products},     {"accounts", Section::Accounts},
        {"prices", Section::Prices},         {"imports", Section::Imports},
        {"users", Section::Users},           {"targets", Section::Targets},
    };
    std::optional<Section> section;
    if (parser.isSet(sectionOption)) {
        const QString name = parser.value(sectionOption).toLower();
        for (const auto& [text, id] : sections) {
            if (name == QLatin1String(text)) {
                section = id;
            }
        }
        if (!section) {
            const QString message =
                QApplication::translate("main", "uplift: --section: unknown section '%1'")
                    .arg(parser.value(sectionOption));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }

    MainWindow window(options);
    window.show();
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? RecentFiles::mostRecent() : files.first();
    if (!file.isEmpty() && window.openFile(file) && section) {
        window.showSection(*section);
    }
    return QApplication::exec();
}
