// The on-screen keyboard inside the kiosk window (kiosk.ui.keyboard.KeyboardPanel): used where
// the keyboard cannot be a window of its own, as under the Wayland kiosk session (cage).
import QtQuick
import QtQuick.VirtualKeyboard

Item {
    id: root
    InputPanel {
        objectName: "inputPanel"
        width: root.width
        y: 0
    }
}
