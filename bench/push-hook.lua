-- wrk script: a GitLab Push Hook of about 1 KB, as GitLab sends it.
local body = [[{"object_kind":"push","event_name":"push","before":"95790bf891e76fee5e1747ab589903a6a1f80f22","after":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","ref":"refs/heads/main","ref_protected":true,"checkout_sha":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","message":"Hello World","user_id":4,"user_name":"John Smith","user_username":"jsmith","user_email":"john@example.com","user_avatar":"https://s.gravatar.com/avatar/d4c74594d841139328695756648b6bd6?s=8://s.gravatar.com/avatar/d4c74594d841139328695756648b6bd6?s=80","project_id":15,"project":{"id":15,"name":"Diaspora","description":"","web_url":"http://example.com/mike/diaspora","git_ssh_url":"git@example.com:mike/diaspora.git","git_http_url":"http://example.com/mike/diaspora.git","namespace":"Mike","visibility_level":0,"path_with_namespace":"mike/diaspora","default_branch":"main"},"commits":[{"id":"da1560886d4f094c3e6c9ef40349f7d38b5d27d7","message":"fixed readme","title":"fixed readme","timestamp":"2012-01-03T23:36:29+02:00","url":"http://example.com/mike/diaspora/commit/da1560886d4f094c3e6c9ef40349f7d38b5d27d7","author":{"name":"GitLab dev user","email":"gitlabdev@dv6700.(none)"},"added":["CHANGELOG"],"modified":["app/controller/application.rb"],"removed":[]}],"total_commits_count":1,"push_options":{},"repository":{"name":"Diaspora","url":"git@example.com:mike/diaspora.git"}}]]
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "GitLab/19.1.0"
wrk.headers["X-Gitlab-Event"] = "Push Hook"
wrk.headers["X-Gitlab-Instance"] = "https://gitlab.example.com"
wrk.headers["Idempotency-Key"] = "0d3f2b6c-7f7e-4b3c-9a7e-2f0c8d1e5a11"
