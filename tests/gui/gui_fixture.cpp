#include "gui_fixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include "db/uplift_file.h"
#include "error_display.h"
#include "security/users.h"
#include "text_conversions.h"
#include "workflows/imports.h"

namespace uplift::app::test {

bool writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

namespace {

QtMessageHandler g_previousHandler = nullptr;

void dropOffscreenWarnings(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    if (type == QtWarningMsg && msg.startsWith(QLatin1String("This plugin does not support"))) {
        return;
    }
    g_previousHandler(type, context, msg);
}

}  // namespace

bool writeTestData(const QString& dir, const QString& dbPath) {
    bool ok = true;
    ok = ok && writeFile(QDir(dir).filePath(QStringLiteral("products.csv")),
                         "sku,name,brand,category,list_price,unit_cost\n"
                         "P001,Cola 0.5l,Fizz,Beverages,1.20,0.50\n"
                         "P002,Cola 1.5l,Fizz,Beverages,2.10,0.90\n"
                         "P003,Lemonade 0.5l,Fizz,Beverages,1.10,0.45\n"
                         "P004,Party crisps crate,Crunch,Snacks,1234.50,700.00\n");
    QByteArray accounts = "code,name,channel,region\n";
    for (int i = 1; i <= 100; ++i) {
        accounts += QStringLiteral("STORE%1,Store %1,%2,%3\n")
                        .arg(i)
                        .arg(i % 2 == 0 ? QStringLiteral("Modern") : QStringLiteral("Traditional"))
                        .arg(i % 3 == 0 ? QStringLiteral("North") : QStringLiteral("South"))
                        .toUtf8();
    }
    ok = ok && writeFile(QDir(dir).filePath(QStringLiteral("accounts.csv")), accounts);
    ok = ok && writeFile(QDir(dir).filePath(QStringLiteral("actuals.csv")),
                         "week,account,sku,units,gross_amount\n"
                         "2025-03-03,STORE1,P001,120,144.00\n"
                         "2025-03-03,STORE2,P002,40,84.00\n"
                         "2025-03-10,STORE1,P003,10,11.00\n");
    ok = ok && writeFile(QDir(dir).filePath(QStringLiteral("broken_actuals.csv")),
                         "week,account,sku,units,gross_amount\n"
                         "2025-03-17,STORE1,P001,12,14.40\n"
                         "2025-03-17,STORE1,P002,x,2.10\n"
                         "2025-03-17,STORE999,P003,5,5.50\n");
    // Big enough that the import is still running when Cancel is pressed.
    QByteArray big = "week,account,sku,units,gross_amount\n";
    QDate monday(2020, 1, 6);
    for (int w = 0; w < 120; ++w, monday = monday.addDays(7)) {
        const QByteArray week = monday.toString(Qt::ISODate).toUtf8();
        for (int a = 1; a <= 100; ++a) {
            for (int p = 1; p <= 4; ++p) {
                big += week + ",STORE" + QByteArray::number(a) + ",P00" + QByteArray::number(p) +
                       ",3,3.60\n";
            }
        }
    }
    ok = ok && writeFile(QDir(dir).filePath(QStringLiteral("big_actuals.csv")), big);
    if (!ok) {
        return false;
    }
    db::Connection conn = db::create_file(toPath(dbPath), Currency("EUR"));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    import_file(conn, admin, ImportKind::Products,
                toPath(QDir(dir).filePath(QStringLiteral("products.csv"))));
    import_file(conn, admin, ImportKind::Accounts,
                toPath(QDir(dir).filePath(QStringLiteral("accounts.csv"))));
    add_user(conn, admin, "fiona", {Role::Finance}, "Fiona Finance");
    return true;
}

bool writeReportsTestData(const QString& dir, const QString& dbPath) {
    if (!writeTestData(dir, dbPath)) {
        return false;
    }
    const QString promotions = QDir(dir).filePath(QStringLiteral("promotions.csv"));
    if (!writeFile(promotions,
                   "promo_id,account,sku,start,end,discount_pct,fixed_cost,planned_units\n"
                   "PR1,STORE1,P001,2025-03-03,2025-03-09,20,0,100\n"
                   "PR2,STORE2,P002,2025-03-03,2025-03-16,10,250.00,50\n")) {
        return false;
    }
    db::Connection conn = db::open_file(toPath(dbPath));
    const ActionContext admin = load_actor(conn, "admin", toDate(kToday), nowIso());
    import_file(conn, admin, ImportKind::Actuals,
                toPath(QDir(dir).filePath(QStringLiteral("actuals.csv"))));
    import_file(conn, admin, ImportKind::Promotions, toPath(promotions));
    return true;
}

void prepareGuiTestClass(const QString& applicationName) {
    quietOffscreenWarnings();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpliftGuiTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

int viewRowOf(const QAbstractItemModel* model, int column, const QString& text) {
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == text) {
            return r;
        }
    }
    return -1;
}

QMessageBox* visibleRefusalBox() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(w)) {
            if (box->isVisible() && box->objectName() == QLatin1String(kRefusalBoxName)) {
                return box;
            }
        }
    }
    return nullptr;
}

void quietOffscreenWarnings() {
    g_previousHandler = qInstallMessageHandler(dropOffscreenWarnings);
}

void snapshot(QWidget* w, const char* name) {
    const QString dir = qEnvironmentVariable("UPLIFT_GUI_SHOTS");
    if (!dir.isEmpty()) {
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }
}

}  // namespace uplift::app::test
