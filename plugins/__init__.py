"""clean-article's built-in plugins, installed as ``clean_article_plugins``.

Each module is registered through the ``clean_article.plugins`` entry-point group, exactly as a
third-party plugin would be.
"""
