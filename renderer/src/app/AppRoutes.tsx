// The pages, each its own chunk: the start page does not wait for the meeting workspace's rich
// text editor or the dashboard's charts, which load the first time their page opens.
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths } from './paths.ts';

const StartPage = lazy(() => import('../features/start/StartPage.tsx').then((m) => ({ default: m.StartPage })));
const GroupListPage = lazy(() => import('../features/groups/GroupListPage.tsx').then((m) => ({ default: m.GroupListPage })));
const GroupRoute = lazy(() => import('../features/groups/GroupPage.tsx').then((m) => ({ default: m.GroupRoute })));
const MeetingRoute = lazy(() => import('../features/meetings/MeetingPage.tsx').then((m) => ({ default: m.MeetingRoute })));
const RegisterPage = lazy(() => import('../features/register/RegisterPage.tsx').then((m) => ({ default: m.RegisterPage })));
const RegistryPage = lazy(() => import('../features/people/RegistryPage.tsx').then((m) => ({ default: m.RegistryPage })));
const RegistersPage = lazy(() => import('../features/registers/RegistersPage.tsx').then((m) => ({ default: m.RegistersPage })));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const SearchPage = lazy(() => import('../features/search/SearchPage.tsx').then((m) => ({ default: m.SearchPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path={paths.groups} element={<GroupListPage />} />
        <Route path="/groups/:groupId" element={<GroupRoute />} />
        <Route path="/groups/:groupId/meetings/:meetingId" element={<MeetingRoute />} />
        <Route path={paths.actions} element={<RegisterPage />} />
        <Route path={paths.registry} element={<RegistryPage />} />
        <Route path={paths.registers} element={<RegistersPage />} />
        {/* Dashboard and committee report */}
        <Route path={paths.dashboard} element={<DashboardPage />} />
        {/* Full-text search */}
        <Route path={paths.search} element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
