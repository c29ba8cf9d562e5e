#include "form_problem.h"

#include <QLabel>

namespace uplift::app {

void showFormProblem(QLabel* label, const QString& text, bool missing) {
    label->setStyleSheet(missing ? QStringLiteral("color: palette(placeholder-text);")
                                 : QStringLiteral("color: #b3261e;"));
    label->setText(text);
}

}  // namespace uplift::app
