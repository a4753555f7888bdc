"""Tail furniture: tag lists, copyright lines and calls to action."""

import regex

from cleaner.rules import Rule, alternation, phrase_set

_TAGS = phrase_set(["Tags", "Tags:", "Tagged", "Topics", "Keywords", "Schlagwörter", "Themen", "Mots-clés",
                    "Étiquettes", "Etiquetas", "Temas", "Palavras-chave", "Теги", "Метки", "الوسوم", "وسوم",
                    "كلمات مفتاحية", "الكلمات المفتاحية"])
_TAGS_INLINE = regex.compile(r"^(?:Tags|Tagged|Topics|Keywords|Schlagwörter|Mots-clés|Etiquetas|Temas|Теги|الوسوم|وسوم)"
                             r"\s*:\s*\S", regex.IGNORECASE)


class TagList(Rule):
    """Removes a tag list: a "Tags" heading and the list of tags after it.

    What it does: removes a line that is only a tags heading (Tags, Schlagwörter, Mots-clés,
    Etiquetas, الوسوم, …) and the next line when it is a short list (at most 40 words, no sentence
    end), or a one-line "Tags: a, b, c" list.
    Why: tag lists are navigation to topic pages.
    Example: "Tags" then "calendario stock car 2018, stock car brasil, stock car interlagos".
    """

    code = "GEN015"
    slug = "tag-list"

    def apply(self, doc):
        kept = doc.kept()
        for n, i in enumerate(kept):
            line = doc.lines[i]
            if line.key_in(_TAGS):
                doc.remove(i, self.code)
                if n + 1 < len(kept):
                    nxt = doc.lines[kept[n + 1]]
                    if nxt.words <= 40 and not nxt.is_prose:
                        doc.remove(kept[n + 1], self.code)
            elif line.words <= 40 and not line.is_prose and _TAGS_INLINE.match(line.text.strip()):
                doc.remove(i, self.code)


_COPYRIGHT = regex.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|todos os direitos reservados|все права защищены|جميع الحقوق محفوظة|"
    r"حقوق النشر|الحقوق محفوظة)",
    regex.IGNORECASE,
)


class CopyrightLine(Rule):
    """Removes a copyright or "all rights reserved" line in the tail block.

    What it does: removes a tail-block line of at most 20 words that starts with ©, "Copyright",
    "All rights reserved", "جميع الحقوق محفوظة", "Tous droits réservés", "Alle Rechte vorbehalten", ….
    Why: the site's copyright notice is footer text, not part of the article.
    Example: "Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved".
    """

    code = "GEN016"
    slug = "copyright-line"
    local = True

    def apply(self, doc):
        for i in doc.kept():
            line = doc.lines[i]
            if doc.in_tail(i) and line.words <= 20 and _COPYRIGHT.match(line.text.strip()):
                doc.remove(i, self.code)


_CTA = alternation(["click here", "clicking here", "tap here", "get the app", "download the app",
                    "download our app", "sign up now", "sign up today", "sign up here", "sign up for free",
                    "sign up for our", "sign up to our", "sign up to get", "sign up to receive", "subscribe",
                    "follow us", "share it with a friend",
                    "اضغط هنا", "انقر هنا", "حمل التطبيق", "حمّل التطبيق", "cliquez ici", "téléchargez l application",
                    "abonnez vous", "hier klicken", "klicken sie hier", "jetzt abonnieren", "haz clic aquí",
                    "pulsa aquí", "suscríbete", "clique aqui", "assine", "нажмите здесь", "подпишитесь"],
                   anchored=False)


class CallToAction(Rule):
    """Removes a short call-to-action line in the head or tail block.

    What it does: removes a head- or tail-block line of at most 25 words that asks the reader to
    click, download the app, sign up, subscribe or follow (CLICK HERE TO GET THE APP, Like this
    story? Share it with a friend!, اضغط هنا, cliquez ici, hier klicken, haz clic aquí, …).
    Why: promotions for the site's app, newsletter or social accounts are not article text.
    Example: "CLICK HERE TO GET THE FOX NEWS APP".
    """

    code = "GEN017"
    slug = "call-to-action"
    local = True

    def apply(self, doc):
        for i in doc.kept():
            line = doc.lines[i]
            if (doc.in_head(i) or doc.in_tail(i)) and line.words <= 25 and _CTA.search(line.key):
                doc.remove(i, self.code)
