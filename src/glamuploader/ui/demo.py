"""``glamuploader demo``: the app on a sample batch aimed at the local sandbox wiki, which it starts."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def start_demo(controller) -> None:
    """Start the sandbox and make the sample batch off the GUI thread, then open the batch."""
    from ..paths import demo_dir
    folder = demo_dir()
    window = controller.window
    window.statusBar().showMessage(QCoreApplication.translate(
        "Demo", "Starting the sandbox wiki and making sample photos… (the first time takes a minute)"))
    controller.settings.set("target", "sandbox")

    def work() -> str:
        from ..sandbox import Sandbox
        from ..samples import make_demo_batch
        Sandbox().start()
        return make_demo_batch(folder).path

    def done(path: str) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Demo", "The sample batch is aimed at the sandbox wiki on this computer."), 10000)
        controller.doc.open_batch(path)

    controller.doc.new_batch(target="sandbox")
    controller.tasks.run(work, done, lambda exc: controller.doc.failed.emit("open", exc))
