#include "error_display.h"

#include <QMessageBox>

namespace uplift::app {

void showRefusal(QWidget* parent, const QString& title, const QString& message) {
    // The title goes in the text too: not every platform shows a dialog's title bar.
    auto* box = new QMessageBox(QMessageBox::Warning, title, title, QMessageBox::Ok, parent);
    box->setInformativeText(message);
    box->setObjectName(QString::fromLatin1(kRefusalBoxName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace uplift::app
