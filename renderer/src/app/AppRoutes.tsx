import { Route, Routes } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { GroupListPage } from '../features/groups/GroupListPage.tsx';
import { GroupRoute } from '../features/groups/GroupPage.tsx';
import { MeetingRoute } from '../features/meetings/MeetingPage.tsx';
import { RegistryPage } from '../features/people/RegistryPage.tsx';
import { RegisterPage } from '../features/register/RegisterPage.tsx';
import { RegistersPage } from '../features/registers/RegistersPage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { StartPage } from '../features/start/StartPage.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths } from './paths.ts';

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
