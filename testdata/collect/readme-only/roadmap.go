package lantern
