/*
 * The help page's language switch and copy buttons. The page shows one language at a time: Dutch by
 * default, or the language last chosen here or in the task pane (the same remembered choice), or the
 * one asked for in the address (help/functions.html?lang=en). Without this script the page shows Dutch.
 */
/* global window, document, navigator */
(function () {
  "use strict";
  var KEY = "winwin-excel.language";
  var TEXTS = {
    nl: { copy: "Kopiëren", copied: "Gekopieerd", title: "WINWIN-formules – hulp" },
    en: { copy: "Copy", copied: "Copied", title: "WINWIN formulas – help" },
  };

  function readStored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return value === "en" || value === "nl" ? value : undefined;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the old script syntax the help page keeps needs a name
    } catch (ignored) {
      return undefined;
    }
  }

  function store(language) {
    try {
      window.localStorage.setItem(KEY, language);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the old script syntax the help page keeps needs a name
    } catch (ignored) {
      // Storage refused: the choice lasts while the page is open.
    }
  }

  function askedInAddress() {
    var match = /[?&]lang=(nl|en)\b/.exec(window.location.search);
    return match ? match[1] : undefined;
  }

  function show(language) {
    document.documentElement.lang = language;
    document.title = TEXTS[language].title;
    var buttons = document.querySelectorAll(".language-switch button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].value === language));
    }
    var copies = document.querySelectorAll("button.copy");
    for (var j = 0; j < copies.length; j++) copies[j].textContent = TEXTS[language].copy;
  }

  function addCopyButton(code) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.addEventListener("click", function () {
      var language = document.documentElement.lang === "en" ? "en" : "nl";
      var done = function () {
        button.textContent = TEXTS[language].copied;
      };
      var selectInstead = function () {
        // Where the clipboard is refused (some Office web views), the formula is selected for Ctrl+C.
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(code.textContent).then(done, selectInstead);
      } else selectInstead();
    });
    code.insertAdjacentElement("afterend", button);
  }

  var codes = document.querySelectorAll(".example code");
  for (var k = 0; k < codes.length; k++) {
    if (codes[k].textContent.charAt(0) === "=") addCopyButton(codes[k]);
  }
  var switches = document.querySelectorAll(".language-switch button");
  for (var m = 0; m < switches.length; m++) {
    switches[m].addEventListener("click", function (event) {
      var language = event.currentTarget.value;
      store(language);
      show(language);
    });
  }
  show(askedInAddress() || readStored() || "nl");
})();
