// uplift [FILE] [--user NAME] [--today YYYY-MM-DD] [--section NAME]: the desktop application.
// uplift FILE --bench [--bench-import CSV]: times the window on FILE and exits (bench_run.h).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <utility>

#include "bench_run.h"
#include "calendar/calendar.h"
#include "main_window.h"
#include "recent_files.h"
#include "reports_section.h"
#include "text_conversions.h"
#include "translations.h"

int main(int argc, char* argv[]) {
    using namespace uplift::app;
    // --bench counts from here: the start of the program, before Qt is set up.
    QElapsedTimer sinceStart;
    sinceStart.start();
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
        QApplication::translate(
            "main",
            "The section to show: promotions, funds, products, accounts, "
            "prices, imports, users, targets, discounts, reports, dashboard, pivot (the "
            "first saved pivot, run) or sql (the SQL console) (default: the last one shown)."),
        QStringLiteral("NAME"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench"),
        QApplication::translate("main",
                                "Time opening FILE, filtering promotions and the calendar, "
                                "print the figures and exit."));
    const QCommandLineOption benchImportOption(
        QStringLiteral("bench-import"),
        QApplication::translate("main",
                                "With --bench: also time importing CSV as actuals into FILE "
                                "through the import wizard, and cancelling it."),
        QStringLiteral("CSV"));
    parser.addOption(userOption);
    parser.addOption(todayOption);
    parser.addOption(sectionOption);
    parser.addOption(benchOption);
    parser.addOption(benchImportOption);
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
        {"discounts", Section::Discounts},   {"reports", Section::Reports},
        {"dashboard", Section::Dashboard},   {"pivot", Section::Reports},
        {"sql", Section::Reports},
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

    const QStringList files = parser.positionalArguments();
    const bool bench = parser.isSet(benchOption);
    if ((bench && files.isEmpty()) || (parser.isSet(benchImportOption) && !bench)) {
        const QString message = QApplication::translate(
            "main", "uplift: --bench needs FILE, and --bench-import needs --bench");
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    // A bench neither reads nor changes the user's settings: every run starts from the same
    // defaults (window size, section, calendar zoom).
    std::optional<QTemporaryDir> benchSettings;
    if (bench) {
        benchSettings.emplace();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, benchSettings->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, benchSettings->path());
    }

    MainWindow window(options);
    if (bench) {
        BenchOptions benchOptions;
        benchOptions.importFile = parser.value(benchImportOption);
        QTextStream out(stdout);
        BenchRun run(window, sinceStart, benchOptions, out);
        window.show();
        if (!window.openFile(files.first())) {
            const QString message =
                QApplication::translate("main", "uplift: cannot open %1").arg(files.first());
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 1;
        }
        if (section) {
            window.showSection(*section);
        }
        return run.run();
    }
    window.show();
    const QString file = files.isEmpty() ? RecentFiles::mostRecent() : files.first();
    if (!file.isEmpty() && window.openFile(file) && section) {
        window.showSection(*section);
        const QString name = parser.value(sectionOption).toLower();
        if (auto* reports = window.findChild<ReportsSection*>()) {
            if (name == QLatin1String("pivot")) {
                reports->showPivot();
            } else if (name == QLatin1String("sql")) {
                reports->showSqlConsole();
            }
        }
    }
    return QApplication::exec();
}
