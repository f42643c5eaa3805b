window.devhostTest = true;
