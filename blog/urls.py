from django.urls import path

from blog import feeds, views

app_name = "blog"

urlpatterns = [
    path("", views.ArticleListView.as_view(), name="index"),
    path("feed/rss/", feeds.LatestArticlesFeed(), name="rss"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="atom"),
    path("category/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("tag/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("<slug:slug>/", views.ArticleView.as_view(), name="article"),
]
